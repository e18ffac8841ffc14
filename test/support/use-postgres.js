process.env.KOMPASS_TEST_DB = 'postgres';
