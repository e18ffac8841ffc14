process.env.KOMPASS_TEST_DB = 'sqlite';
